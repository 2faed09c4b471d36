export default class {
  pin = 2;
}
