console.log(Math.max(1, 2), Number.isSafeInteger(3));
