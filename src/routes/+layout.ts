// Every page is prerendered: the built site is plain files that work offline and on any host.
export const prerender = true;
