import type { TimelineItem } from "@/components/timeline/timeline-item";
import type { DeployListItem } from "./list-deploys";

export function toTimelineItem(d: DeployListItem): TimelineItem {
  return {
    ...d,
    dateStarted: d.dateStarted?.toISOString() ?? null,
    dateFinished: d.dateFinished?.toISOString() ?? null,
    sortDate: d.sortDate.toISOString(),
  };
}
