// Generic classes and functions across modules: queue.ts declares them, jobs.ts and this file
// instantiate them with objects, strings and numbers.
import { comparisonsSoFar, drain, PriorityQueue } from "./queue";
import { jobs, schedule, type Job } from "./jobs";

const names = ["blink", "report", "poll", "save", "ota"];
const dues = [500, 5000, 100, 60000, 1];
for (let i = 0; i < names.length; i++) console.log(schedule(names[i], dues[i]));
console.log("pending:", jobs.length);
const order: string[] = [];
const ran = drain(jobs, (j: Job) => order.push(`${j.name}@${j.dueMs}`));
console.log(ran, order.join(", "), jobs.length);

const alerts = new PriorityQueue<string>(3);
alerts.push("low battery", 2);
alerts.push("sensor offline", 1);
alerts.push("update available", 9);
console.log(alerts.push("ignored", 0), drain(alerts, (a) => console.log("alert:", a)));

const readings = new PriorityQueue<number>(8);
for (const v of [3.5, -1, 7, 0]) readings.push(v * 10, Math.abs(v));
console.log(readings.pop(), readings.pop(), readings.length, comparisonsSoFar() > 0);
