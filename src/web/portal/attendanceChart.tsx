import type { AttendanceRate } from '../../domain/attendanceRate.js';
import type { Html } from '../pages/html.js';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 0;
const WIDTH = 300;

/**
 * Attendance rate per body and year as horizontal bars. The same figures are in the table next
 * to it, so the chart is decorative for screen readers (aria-hidden) and nothing is lost without it.
 */
export function AttendanceChart({ rates }: { rates: readonly AttendanceRate[] }): Html {
  const height = rates.length * (BAR_HEIGHT * 2 + 8);
  return (
    <svg
      class="attendance-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-hidden="true"
      focusable="false"
    >
      {rates.map((r, n) => {
        const y = n * (BAR_HEIGHT * 2 + 8);
        const pct = r.expected ? r.attended / r.expected : 0;
        return (
          <g>
            <text x={LABEL_WIDTH} y={y + 14} font-size="13" fill="#0b0c0c">{`${r.bodyName}, ${r.municipalYear}`}</text>
            <rect x={LABEL_WIDTH} y={y + BAR_HEIGHT} width={WIDTH - 60} height={BAR_HEIGHT - 6} fill="#f3f2f1" />
            <rect
              x={LABEL_WIDTH}
              y={y + BAR_HEIGHT}
              width={Math.round((WIDTH - 60) * pct)}
              height={BAR_HEIGHT - 6}
              fill="#1d70b8"
            />
            <text
              x={WIDTH - 55}
              y={y + BAR_HEIGHT + 12}
              font-size="13"
              fill="#0b0c0c"
            >{`${Math.round(pct * 100)}%`}</text>
          </g>
        );
      })}
    </svg>
  );
}
