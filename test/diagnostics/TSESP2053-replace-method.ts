class Button {
  onPress(): void {
    console.log("pressed");
  }
}
const button = new Button();
button.onPress = () => console.log("custom");
button.onPress();
