import { useState } from 'react';
import type { MappingStatus } from '../../../../shared/domain/mapping.js';
import { useApiData } from '../../api/use-api-data.js';

/** The status new mappings get: the project's default (Settings) until the person picks another here. */
export function useNewStatus(): [MappingStatus, (status: MappingStatus) => void] {
  const { data } = useApiData('projects', 'settingsGet', {}, { domains: ['projects'] });
  const [chosen, setChosen] = useState<MappingStatus | null>(null);
  return [chosen ?? data?.defaultStatus ?? 'accepted', setChosen];
}
