// Not TypeScript: the bundler and the checker both stop here.
const x = ;
