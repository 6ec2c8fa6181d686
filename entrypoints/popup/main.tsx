import { render } from 'preact';
import PopupApp from '../../components/PopupApp';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
