import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A copy of fetched data that the view may change at once (a switch moves before the core has
 * saved it); each new answer replaces the copy.
 */
export function useLocalCopy<T>(data: T): [T, Dispatch<SetStateAction<T>>] {
  const [copy, setCopy] = useState(data);
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    setSeen(data);
    setCopy(data);
  }
  return [copy, setCopy];
}
