console.log(Math.max(1, 2), Number.isSafeInteger(3), (3.14159).toPrecision(3));
