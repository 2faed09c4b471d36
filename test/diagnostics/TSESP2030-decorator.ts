function sealed(target: object, context: ClassDecoratorContext): void {
  console.log(context.name);
}

@sealed
class Device {}
console.log(new Device() instanceof Device);
