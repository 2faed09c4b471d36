export const LED = 2;
