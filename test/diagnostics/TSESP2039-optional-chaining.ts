class Node2 {
  next: Node2 | undefined = undefined;
  value = 1;
}
const head = new Node2();
console.log(head.next?.value);
