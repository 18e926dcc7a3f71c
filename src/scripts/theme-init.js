try{var t=localStorage.getItem('casebook:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}
