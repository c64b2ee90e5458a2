import { isDatabaseHealthy } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** 200 when the database answers, 503 when it does not. For load balancers and monitors. */
export async function GET() {
  const database = await isDatabaseHealthy();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'up' : 'down', time: new Date().toISOString() },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
