interface Dog {
  name: string;
}
interface Cat {
  name: string;
  lives: number;
}
let pet: Dog | Cat = { name: "Rex" };
console.log(pet.name);
pet = { name: "Tom", lives: 9 };
