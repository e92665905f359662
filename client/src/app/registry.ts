/** Every view, in navigation order: a new view is a folder under views/ and one entry here. */
import { compareView } from '../views/compare/route.ts';
import { departmentsView } from '../views/departments/route.ts';
import { exploreView } from '../views/explore/route.ts';
import { indicatorsView } from '../views/indicators/route.ts';
import { instrumentsView } from '../views/instruments/route.ts';
import { overlapView } from '../views/overlap/route.ts';
import { overviewView } from '../views/overview/route.ts';
import { readerView } from '../views/reader/route.ts';

export const VIEWS = [overviewView, overlapView, exploreView, compareView, indicatorsView, instrumentsView, departmentsView, readerView] as const;
