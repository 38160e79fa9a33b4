// Material's inline base script (partials/javascripts/base.html, 9.8.1), as a file so
// the Content-Security-Policy needs no 'unsafe-inline'. The scope comes from the
// script tag's data-md-scope attribute (the page-relative base URL).
__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
// Ours: Material's bundle swaps "no-js" for "js" at the end of the body; doing it here,
// before the first paint, lets the CSS lay out what scripts will show (the checker's
// form) from the start, so nothing moves when they run.
document.documentElement.classList.replace("no-js", "js")
