// The stylesheets of the dashboard's panels, imported by the page itself: the panels are islands
// (components/islands) whose code loads late, and their CSS would come with it; the server's HTML
// of a panel not yet woken must be styled from the first paint (else it shows bare, then jumps).
import "../charts/charts.css";
import "../charts/fullscreen.css";
import "../france/france.css";
import "../map/map.css";
import "./time.css";
