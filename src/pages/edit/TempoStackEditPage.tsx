// Placeholder: replaced by the page's implementation.
const TempoStackEditPage = () => null;
export default TempoStackEditPage;
