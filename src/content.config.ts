import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './schemas/course';
import { glossarySchema } from './schemas/glossary';
import { moduleSchema } from './schemas/module';
import { lessonFiles } from './data/lesson-loader';

// Content lives outside src/. CASEBOOK_LESSONS points the build at another
// copy of the course: the tests use it to prove that broken content fails.
const base = process.env.CASEBOOK_LESSONS ?? './lessons';

export const collections = {
	course: defineCollection({ loader: glob({ pattern: 'course.yaml', base }), schema: courseSchema }),
	glossary: defineCollection({ loader: glob({ pattern: 'glossary.yaml', base }), schema: glossarySchema }),
	modules: defineCollection({ loader: glob({ pattern: '*/module.yaml', base }), schema: moduleSchema }),
	// Lessons: the MDX files only; their frontmatter is read and checked by src/data/course.ts.
	lessons: defineCollection({ loader: lessonFiles(base) }),
};
