import { readJson, route } from "@/lib/http/handle-route";
import { addComment } from "@/lib/review/add-comment";

/** `{ body }` */
export const POST = route<{ slug: string; clusterId: string }>({ status: 201 }, async ({ request, actor, params }) => ({
  comment: await addComment(actor, params.slug, params.clusterId, await readJson(request)),
}));
