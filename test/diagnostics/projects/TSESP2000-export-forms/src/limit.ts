const base = 40;
export default base + 2;
const pin = 2;
export { pin };
