// Scheduled jobs: one instantiation of the shared queue (PriorityQueue<Job>) lives here.
import { PriorityQueue } from "./queue";

export interface Job {
  name: string;
  dueMs: number;
}

export const jobs = new PriorityQueue<Job>(4);

export function schedule(name: string, dueMs: number): string {
  const job: Job = { name, dueMs };
  return jobs.push(job, dueMs) ? `scheduled ${name} @${dueMs}` : `queue full, dropped ${name}`;
}
