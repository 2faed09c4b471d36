function check(level: number): boolean {
	if (level != LOW) {
		return true;
	}
	return false;
}
console.log(check(1));
