// Serial.print/println byte for byte: values print as console.log prints them, println ends in "\r\n".
Serial.begin(115200);
Serial.print("a");
Serial.print(1.5);
Serial.print(-0);
Serial.print(true);
Serial.println();
Serial.println(42);
Serial.println("end");
console.log("console", 1, "x");
