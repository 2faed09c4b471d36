let hits = 0;
const hit = (by: number = 1): void => {
  hits += by;
};
hit(2);
hit();
console.log(hits);
