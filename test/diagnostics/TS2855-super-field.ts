class Base {
  pin = 2;
  describe(): string {
    return "base";
  }
}
class Led extends Base {
  override describe(): string {
    return super.describe() + " on pin " + super.pin;
  }
}
console.log(new Led().describe());
