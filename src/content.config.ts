import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './schemas/course';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';

// Content lives outside src/. CASEBOOK_LESSONS points the build at another
// copy of the course: the tests use it to prove that broken content fails.
const base = process.env.CASEBOOK_LESSONS ?? './lessons';

export const collections = {
	course: defineCollection({ loader: glob({ pattern: 'course.yaml', base }), schema: courseSchema }),
	glossary: defineCollection({ loader: glob({ pattern: 'glossary.yaml', base }), schema: glossarySchema }),
	modules: defineCollection({ loader: glob({ pattern: '*/module.yaml', base }), schema: moduleSchema }),
	lessons: defineCollection({ loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base }), schema: lessonSchema }),
};
