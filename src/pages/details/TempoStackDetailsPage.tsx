// Placeholder: replaced by the page's implementation.
const TempoStackDetailsPage = () => null;
export default TempoStackDetailsPage;
