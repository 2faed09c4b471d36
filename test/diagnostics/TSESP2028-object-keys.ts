interface Wifi {
  ssid: string;
}
const wifi: Wifi = { ssid: "home" };
console.log(Object.keys(wifi).length);
