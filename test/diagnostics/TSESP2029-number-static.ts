console.log(Math.tanh(0.5), Number.isSafeInteger(3));
