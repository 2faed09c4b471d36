const history: number[] = [4, 5];
const recent: number[] = [1, 2, 3];
history.unshift(...recent);
console.log(history.length, String.fromCharCode(...[104, 105]));
