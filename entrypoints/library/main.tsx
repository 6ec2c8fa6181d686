import { render } from 'preact';
import LibraryApp from '../../components/LibraryApp';
import { createClippingRepository } from '../../storage/clipping-repository';
import { openDatabase } from '../../storage/database';

render(<LibraryApp repository={createClippingRepository(openDatabase())} />, document.getElementById('app')!);
