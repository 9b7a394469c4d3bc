import type { Metadata } from "next";
import Link from "next/link";
import { AlignmentEditor, SplitClaimButton } from "@/components/AlignmentEditor";
import { VerdictBadge } from "@/components/matrix/VerdictBadge";
import { ClusterReviewPanel } from "@/components/review/ClusterReviewPanel";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { plural } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getClusterReview } from "@/lib/review/get-cluster-review";
import { getClusterDetail } from "@/lib/stories/get-cluster-detail";
import { editAlignmentAction } from "../../../actions";
import { addCommentAction, setClusterStatusAction } from "../../../review-actions";
import { familyName, reportName } from "@/lib/stories/report-name";
import { kindLabel } from "@/lib/ui-vocabulary";

type Props = { params: Promise<{ slug: string; clusterId: string }> };

export const metadata: Metadata = { title: "Claim" };

export default async function ClusterPage({ params }: Props) {
  const { slug, clusterId } = await params;
  const actor = await requireActor(`/stories/${slug}/clusters/${clusterId}`);
  const cluster = await orNotFound(getClusterDetail(actor, slug, clusterId));
  const review = await getClusterReview(actor, slug, cluster.id);
  const edit = editAlignmentAction.bind(null, slug);
  const outlet = (claim: (typeof cluster.claims)[number]) => reportName(claim.report);
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <Link href={`/stories/${slug}#row-${cluster.id}`} className="text-accent hover:underline">
          ← {cluster.story.title}
        </Link>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <VerdictBadge verdict={cluster.verdict} />
          <span className="text-sm text-stone-600">
            {kindLabel(cluster.kind)} · {plural(cluster.reportCount, "report")}, {plural(cluster.independentCount, "independent source")}
          </span>
        </div>
        <h1 className="font-serif text-2xl font-semibold leading-snug">{cluster.summary}</h1>
        <p className="max-w-3xl text-stone-700">{cluster.reason}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="wordings-heading" className="space-y-3">
          <h2 id="wordings-heading" className="text-lg font-semibold">
            How each report puts it
          </h2>
          <ul className="space-y-2">
            {cluster.claims.map((claim) => (
              <li key={claim.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
                <div className="flex items-center justify-between gap-2 text-sm">
                  <span className="font-semibold text-ink">
                    {outlet(claim)} <span className="font-normal text-stone-600">· {familyName(claim.report.familyLabel, claim.report)}</span>
                  </span>
                  {can(actor, "alignment:edit") && cluster.claims.length > 1 && <SplitClaimButton claimId={claim.id} edit={edit} />}
                </div>
                <Link href={`/reports/${claim.report.id}?claim=${claim.id}#claim-${claim.id}`} className="mt-1 block font-serif text-stone-900 hover:underline">
                  {claim.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {can(actor, "alignment:edit") && (
          <AlignmentEditor
            claims={cluster.claims.map((claim) => ({ id: claim.id, label: `${outlet(claim)}: ${claim.text.slice(0, 70)}` }))}
            others={cluster.others}
            edit={edit}
          />
        )}
      </div>
      <ClusterReviewPanel
        data={review}
        role={actor.role}
        save={can(actor, "cluster:review") ? setClusterStatusAction.bind(null, slug, cluster.id) : null}
        comment={can(actor, "comment:create") ? addCommentAction.bind(null, slug, cluster.id) : null}
      />
    </div>
  );
}
