import { LED } from "@app/pins";

pinMode(LED, OUTPUT);
