class Settings {
  ssid = "home";
  channel = 6;
}
const settings = new Settings();
const key: string = "ssid";
console.log(settings[key as keyof Settings]);
