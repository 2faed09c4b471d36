class Settings {
  brightness = 50;
}
const settings = JSON.parse('{"brightness": 80}') as Settings;
console.log(settings.brightness);
