// Placeholder: replaced by the page's implementation.
const TempoStackCreatePage = () => null;
export default TempoStackCreatePage;
