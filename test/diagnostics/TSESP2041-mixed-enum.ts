enum Code {
  Ok = 0,
  Retry = "retry",
}
console.log(Code.Ok, Code.Retry);
