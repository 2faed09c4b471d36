console.log(Number.MAX_SAFE_INTEGER);
