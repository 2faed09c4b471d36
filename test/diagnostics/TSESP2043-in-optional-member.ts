interface Reading {
  kind: "reading";
  celsius: number;
  note?: string;
}
interface Status {
  kind: "status";
  online: boolean;
}
function show(m: Reading | Status): void {
  if ("note" in m) console.log("annotated", m.kind);
  else console.log(m.kind);
}
show({ kind: "reading", celsius: 21 });
