import { render } from 'preact';
import LibraryApp from '../../components/LibraryApp';
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';
import { createIncidentRepository } from '../../storage/incident-repository';

const db = openDatabase();
render(<LibraryApp repository={createClippingRepository(db)} incidents={createIncidentRepository(db)} />, document.getElementById('app')!);
