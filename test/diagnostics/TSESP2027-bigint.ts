const big = 2n ** 64n;
console.log(big.toString());
