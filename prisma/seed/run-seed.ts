import { db } from "@/lib/db/client";
import { seedSample } from "./seed-sample";

const id = await seedSample(db);
if (id !== null) process.stderr.write(`Loaded the sample article as document ${id}.\n`);
await db.$disconnect();
