import { BarChart3 } from 'lucide-react';
import { Link } from 'react-router';
import type { AiUsage } from '../../../shared/ai';
import { EmptyState } from '../../ui/states';
import { formatTokens, formatUsd } from './assistant-format';

const th = 'sticky top-0 bg-surface-muted px-3 py-2 text-xs font-semibold whitespace-nowrap text-muted';
const td = 'px-3 py-2 align-middle whitespace-nowrap';
const FEATURES: Record<string, string> = { assistant: 'Assistant' };

/** This month's tokens and estimated cost per client and feature, dearest first, with totals. */
export function AiUsageTable({ usage }: { usage: AiUsage }) {
  if (usage.rows.length === 0)
    return (
      <EmptyState icon={<BarChart3 />} title="No AI use yet this month" className="border-0">
        Each client's questions to the assistant show up here with their tokens and estimated cost.
      </EmptyState>
    );
  const rows = [...usage.rows].sort(
    (a, b) => b.estimatedCostUsd - a.estimatedCostUsd || (a.clientName ?? '').localeCompare(b.clientName ?? ''),
  );
  const calls = rows.reduce((sum, row) => sum + row.calls, 0);
  const input = rows.reduce((sum, row) => sum + row.inputTokens, 0);
  const output = rows.reduce((sum, row) => sum + row.outputTokens, 0);
  return (
    <div className="-mx-4 max-h-[28rem] overflow-auto border-y border-line sm:mx-0 sm:rounded-md sm:border">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">AI usage this month per client and feature</caption>
        <thead>
          <tr>
            <th scope="col" className={`${th} text-left`}>
              Client
            </th>
            <th scope="col" className={`${th} text-left`}>
              Feature
            </th>
            <th scope="col" className={`${th} text-right`}>
              Calls
            </th>
            <th scope="col" className={`${th} text-right`}>
              Input tokens
            </th>
            <th scope="col" className={`${th} text-right`}>
              Output tokens
            </th>
            <th scope="col" className={`${th} text-right`}>
              Est. cost
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={`${row.clientId ?? 'site'}-${row.feature}`} className="hover:bg-surface-muted/60">
              <th scope="row" className={`${td} text-left font-medium text-text`}>
                {row.clientId ? (
                  <Link to={`/clients/${row.clientId}/assistant`} className="hover:underline">
                    {row.clientName ?? 'Unknown client'}
                  </Link>
                ) : (
                  <span className="text-muted">Not tied to a client</span>
                )}
              </th>
              <td className={`${td} text-muted`}>{FEATURES[row.feature] ?? row.feature}</td>
              <td className={`${td} text-right tabular-nums`}>{formatTokens(row.calls)}</td>
              <td className={`${td} text-right tabular-nums`}>{formatTokens(row.inputTokens)}</td>
              <td className={`${td} text-right tabular-nums`}>{formatTokens(row.outputTokens)}</td>
              <td className={`${td} text-right font-medium tabular-nums`}>{formatUsd(row.estimatedCostUsd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-line-strong bg-surface font-semibold text-text">
            <th scope="row" colSpan={2} className={`${td} text-left`}>
              Total · {formatTokens(usage.totals.tokens)} tokens
            </th>
            <td className={`${td} text-right tabular-nums`}>{formatTokens(calls)}</td>
            <td className={`${td} text-right tabular-nums`}>{formatTokens(input)}</td>
            <td className={`${td} text-right tabular-nums`}>{formatTokens(output)}</td>
            <td className={`${td} text-right tabular-nums`}>{formatUsd(usage.totals.estimatedCostUsd)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
