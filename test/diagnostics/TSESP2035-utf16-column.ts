const greeting = "héllo 😀"; if (greeting.length == 8) console.log("eight");
