import type { ReactNode } from 'react';
import type { QuizProblem } from '@/lib/classroom/quiz';
import { CodeProblemText } from './CodeProblemText';

/** Above a quiz the content can no longer draw, shown from the copy this device kept of it. */
export function KeptQuizNotice({
  problem,
  children,
}: {
  problem: QuizProblem;
  children: ReactNode;
}) {
  return (
    <div className="notice" role="note">
      <p>
        <CodeProblemText problem={problem} expected="quiz" />
      </p>
      <p>{children}</p>
    </div>
  );
}
