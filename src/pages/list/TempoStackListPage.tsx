// Placeholder: replaced by the page's implementation.
const TempoStackListPage = () => null;
export default TempoStackListPage;
