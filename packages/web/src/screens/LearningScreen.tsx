import { useCallback, useState } from 'react'
import { useResource } from '../use-resource'
import { AccuracyPanel } from './learning/AccuracyPanel'
import { AgreementPanel } from './learning/AgreementPanel'
import { LearnedTermsPanel } from './learning/LearnedTermsPanel'
import { ModelsPanel } from './learning/ModelsPanel'

/**
 * The learning loop: how well the reader agrees with reviewers over time, the model versions
 * trained from their labels (train, promote, roll back), what the active one learned, and how
 * far the reviewers agree with each other.
 */
export function LearningScreen() {
  const models = useResource((api) => api.models(), [])
  // Bumped after a train, promote or rollback, so the accuracy chart's promotion markers follow.
  const [generation, setGeneration] = useState(0)
  const reloadModels = models.reload
  const onChanged = useCallback(() => {
    reloadModels()
    setGeneration((g) => g + 1)
  }, [reloadModels])
  return (
    <section aria-labelledby="learning-title">
      <div className="screen-head">
        <h1 id="learning-title">Learning</h1>
        <p className="muted small">The model learns from every review: how well it reads, its versions, and what they learned.</p>
      </div>
      <AccuracyPanel generation={generation} />
      <ModelsPanel models={models} onChanged={onChanged} />
      <div className="grid">
        <LearnedTermsPanel models={models} />
        <AgreementPanel />
      </div>
    </section>
  )
}
